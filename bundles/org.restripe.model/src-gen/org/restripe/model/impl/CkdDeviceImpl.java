/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.RestripePackage;
import org.restripe.model.Volume;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ckd Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.CkdDeviceImpl#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link org.restripe.model.impl.CkdDeviceImpl#getDeviceNumber <em>Device Number</em>}</li>
 *   <li>{@link org.restripe.model.impl.CkdDeviceImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.restripe.model.impl.CkdDeviceImpl#getCylinders <em>Cylinders</em>}</li>
 *   <li>{@link org.restripe.model.impl.CkdDeviceImpl#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CkdDeviceImpl extends IdentifiedImpl implements CkdDevice {
	/**
	 * The default value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected static final CkdType DEVICE_TYPE_EDEFAULT = CkdType.D3390_1;

	/**
	 * The cached value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected CkdType deviceType = DEVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceNumber() <em>Device Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceNumber() <em>Device Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceNumber()
	 * @generated
	 * @ordered
	 */
	protected String deviceNumber = DEVICE_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected Volume volume;

	/**
	 * The default value of the '{@link #getCylinders() <em>Cylinders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCylinders()
	 * @generated
	 * @ordered
	 */
	protected static final int CYLINDERS_EDEFAULT = 0;

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
	protected CkdDeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.CKD_DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CkdType getDeviceType() {
		return deviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceType(CkdType newDeviceType) {
		CkdType oldDeviceType = deviceType;
		deviceType = newDeviceType == null ? DEVICE_TYPE_EDEFAULT : newDeviceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CKD_DEVICE__DEVICE_TYPE, oldDeviceType, deviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceNumber() {
		return deviceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceNumber(String newDeviceNumber) {
		String oldDeviceNumber = deviceNumber;
		deviceNumber = newDeviceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CKD_DEVICE__DEVICE_NUMBER, oldDeviceNumber, deviceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume getVolume() {
		if (volume != null && volume.eIsProxy()) {
			InternalEObject oldVolume = (InternalEObject)volume;
			volume = (Volume)eResolveProxy(oldVolume);
			if (volume != oldVolume) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.CKD_DEVICE__VOLUME, oldVolume, volume));
			}
		}
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Volume basicGetVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(Volume newVolume) {
		Volume oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CKD_DEVICE__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCylinders() {
		return org.restripe.model.sizing.Capacities.cylinders(getDeviceType());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCapacity() {
		return org.restripe.model.sizing.Capacities.ckdCapacity(getDeviceType());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.CKD_DEVICE__DEVICE_TYPE:
				return getDeviceType();
			case RestripePackage.CKD_DEVICE__DEVICE_NUMBER:
				return getDeviceNumber();
			case RestripePackage.CKD_DEVICE__VOLUME:
				if (resolve) return getVolume();
				return basicGetVolume();
			case RestripePackage.CKD_DEVICE__CYLINDERS:
				return getCylinders();
			case RestripePackage.CKD_DEVICE__CAPACITY:
				return getCapacity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.CKD_DEVICE__DEVICE_TYPE:
				setDeviceType((CkdType)newValue);
				return;
			case RestripePackage.CKD_DEVICE__DEVICE_NUMBER:
				setDeviceNumber((String)newValue);
				return;
			case RestripePackage.CKD_DEVICE__VOLUME:
				setVolume((Volume)newValue);
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
			case RestripePackage.CKD_DEVICE__DEVICE_TYPE:
				setDeviceType(DEVICE_TYPE_EDEFAULT);
				return;
			case RestripePackage.CKD_DEVICE__DEVICE_NUMBER:
				setDeviceNumber(DEVICE_NUMBER_EDEFAULT);
				return;
			case RestripePackage.CKD_DEVICE__VOLUME:
				setVolume((Volume)null);
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
			case RestripePackage.CKD_DEVICE__DEVICE_TYPE:
				return deviceType != DEVICE_TYPE_EDEFAULT;
			case RestripePackage.CKD_DEVICE__DEVICE_NUMBER:
				return DEVICE_NUMBER_EDEFAULT == null ? deviceNumber != null : !DEVICE_NUMBER_EDEFAULT.equals(deviceNumber);
			case RestripePackage.CKD_DEVICE__VOLUME:
				return volume != null;
			case RestripePackage.CKD_DEVICE__CYLINDERS:
				return getCylinders() != CYLINDERS_EDEFAULT;
			case RestripePackage.CKD_DEVICE__CAPACITY:
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
		result.append(" (deviceType: ");
		result.append(deviceType);
		result.append(", deviceNumber: ");
		result.append(deviceNumber);
		result.append(')');
		return result.toString();
	}

} //CkdDeviceImpl
