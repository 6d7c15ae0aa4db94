/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.restripe.model.Disk;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripePackage;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getRaidLevel <em>Raid Level</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getDataDisks <em>Data Disks</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getStandby <em>Standby</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getState <em>State</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.restripe.model.impl.VolumeImpl#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeImpl extends IdentifiedImpl implements Volume {
	/**
	 * The default value of the '{@link #getRaidLevel() <em>Raid Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaidLevel()
	 * @generated
	 * @ordered
	 */
	protected static final RaidLevel RAID_LEVEL_EDEFAULT = RaidLevel.RAID0;

	/**
	 * The cached value of the '{@link #getRaidLevel() <em>Raid Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaidLevel()
	 * @generated
	 * @ordered
	 */
	protected RaidLevel raidLevel = RAID_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataDisks() <em>Data Disks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Disk> dataDisks;

	/**
	 * The cached value of the '{@link #getStandby() <em>Standby</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandby()
	 * @generated
	 * @ordered
	 */
	protected Disk standby;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final VolumeState STATE_EDEFAULT = VolumeState.UNINITIALIZED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected VolumeState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected static final VolumeOperation OPERATION_EDEFAULT = VolumeOperation.NONE;

	/**
	 * The cached value of the '{@link #getOperation() <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperation()
	 * @generated
	 * @ordered
	 */
	protected VolumeOperation operation = OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected int progress = PROGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long CAPACITY_EDEFAULT = 0L;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaidLevel getRaidLevel() {
		return raidLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaidLevel(RaidLevel newRaidLevel) {
		RaidLevel oldRaidLevel = raidLevel;
		raidLevel = newRaidLevel == null ? RAID_LEVEL_EDEFAULT : newRaidLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.VOLUME__RAID_LEVEL, oldRaidLevel, raidLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disk> getDataDisks() {
		if (dataDisks == null) {
			dataDisks = new EObjectResolvingEList<Disk>(Disk.class, this, RestripePackage.VOLUME__DATA_DISKS);
		}
		return dataDisks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk getStandby() {
		if (standby != null && standby.eIsProxy()) {
			InternalEObject oldStandby = (InternalEObject)standby;
			standby = (Disk)eResolveProxy(oldStandby);
			if (standby != oldStandby) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.VOLUME__STANDBY, oldStandby, standby));
			}
		}
		return standby;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Disk basicGetStandby() {
		return standby;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandby(Disk newStandby) {
		Disk oldStandby = standby;
		standby = newStandby;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.VOLUME__STANDBY, oldStandby, standby));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(VolumeState newState) {
		VolumeState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.VOLUME__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeOperation getOperation() {
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperation(VolumeOperation newOperation) {
		VolumeOperation oldOperation = operation;
		operation = newOperation == null ? OPERATION_EDEFAULT : newOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.VOLUME__OPERATION, oldOperation, operation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgress() {
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgress(int newProgress) {
		int oldProgress = progress;
		progress = newProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.VOLUME__PROGRESS, oldProgress, progress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCapacity() {
		return org.restripe.model.sizing.Capacities.volumeCapacity(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.VOLUME__RAID_LEVEL:
				return getRaidLevel();
			case RestripePackage.VOLUME__DATA_DISKS:
				return getDataDisks();
			case RestripePackage.VOLUME__STANDBY:
				if (resolve) return getStandby();
				return basicGetStandby();
			case RestripePackage.VOLUME__STATE:
				return getState();
			case RestripePackage.VOLUME__OPERATION:
				return getOperation();
			case RestripePackage.VOLUME__PROGRESS:
				return getProgress();
			case RestripePackage.VOLUME__CAPACITY:
				return getCapacity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.VOLUME__RAID_LEVEL:
				setRaidLevel((RaidLevel)newValue);
				return;
			case RestripePackage.VOLUME__DATA_DISKS:
				getDataDisks().clear();
				getDataDisks().addAll((Collection<? extends Disk>)newValue);
				return;
			case RestripePackage.VOLUME__STANDBY:
				setStandby((Disk)newValue);
				return;
			case RestripePackage.VOLUME__STATE:
				setState((VolumeState)newValue);
				return;
			case RestripePackage.VOLUME__OPERATION:
				setOperation((VolumeOperation)newValue);
				return;
			case RestripePackage.VOLUME__PROGRESS:
				setProgress((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.VOLUME__RAID_LEVEL:
				setRaidLevel(RAID_LEVEL_EDEFAULT);
				return;
			case RestripePackage.VOLUME__DATA_DISKS:
				getDataDisks().clear();
				return;
			case RestripePackage.VOLUME__STANDBY:
				setStandby((Disk)null);
				return;
			case RestripePackage.VOLUME__STATE:
				setState(STATE_EDEFAULT);
				return;
			case RestripePackage.VOLUME__OPERATION:
				setOperation(OPERATION_EDEFAULT);
				return;
			case RestripePackage.VOLUME__PROGRESS:
				setProgress(PROGRESS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.VOLUME__RAID_LEVEL:
				return raidLevel != RAID_LEVEL_EDEFAULT;
			case RestripePackage.VOLUME__DATA_DISKS:
				return dataDisks != null && !dataDisks.isEmpty();
			case RestripePackage.VOLUME__STANDBY:
				return standby != null;
			case RestripePackage.VOLUME__STATE:
				return state != STATE_EDEFAULT;
			case RestripePackage.VOLUME__OPERATION:
				return operation != OPERATION_EDEFAULT;
			case RestripePackage.VOLUME__PROGRESS:
				return progress != PROGRESS_EDEFAULT;
			case RestripePackage.VOLUME__CAPACITY:
				return getCapacity() != CAPACITY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (raidLevel: ");
		result.append(raidLevel);
		result.append(", state: ");
		result.append(state);
		result.append(", operation: ");
		result.append(operation);
		result.append(", progress: ");
		result.append(progress);
		result.append(')');
		return result.toString();
	}

} //VolumeImpl
