/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.RestripePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lun Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.LunMappingImpl#getLun <em>Lun</em>}</li>
 *   <li>{@link org.restripe.model.impl.LunMappingImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.restripe.model.impl.LunMappingImpl#getLunNumber <em>Lun Number</em>}</li>
 *   <li>{@link org.restripe.model.impl.LunMappingImpl#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LunMappingImpl extends IdentifiedImpl implements LunMapping {
	/**
	 * The cached value of the '{@link #getLun() <em>Lun</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLun()
	 * @generated
	 * @ordered
	 */
	protected Lun lun;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The default value of the '{@link #getLunNumber() <em>Lun Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLunNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int LUN_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLunNumber() <em>Lun Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLunNumber()
	 * @generated
	 * @ordered
	 */
	protected int lunNumber = LUN_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Port port;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LunMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.LUN_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lun getLun() {
		if (lun != null && lun.eIsProxy()) {
			InternalEObject oldLun = (InternalEObject)lun;
			lun = (Lun)eResolveProxy(oldLun);
			if (lun != oldLun) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.LUN_MAPPING__LUN, oldLun, lun));
			}
		}
		return lun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Lun basicGetLun() {
		return lun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLun(Lun newLun) {
		Lun oldLun = lun;
		lun = newLun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.LUN_MAPPING__LUN, oldLun, lun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.LUN_MAPPING__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.LUN_MAPPING__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLunNumber() {
		return lunNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLunNumber(int newLunNumber) {
		int oldLunNumber = lunNumber;
		lunNumber = newLunNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.LUN_MAPPING__LUN_NUMBER, oldLunNumber, lunNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getPort() {
		if (port != null && port.eIsProxy()) {
			InternalEObject oldPort = (InternalEObject)port;
			port = (Port)eResolveProxy(oldPort);
			if (port != oldPort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RestripePackage.LUN_MAPPING__PORT, oldPort, port));
			}
		}
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Port newPort) {
		Port oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.LUN_MAPPING__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.LUN_MAPPING__LUN:
				if (resolve) return getLun();
				return basicGetLun();
			case RestripePackage.LUN_MAPPING__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case RestripePackage.LUN_MAPPING__LUN_NUMBER:
				return getLunNumber();
			case RestripePackage.LUN_MAPPING__PORT:
				if (resolve) return getPort();
				return basicGetPort();
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
			case RestripePackage.LUN_MAPPING__LUN:
				setLun((Lun)newValue);
				return;
			case RestripePackage.LUN_MAPPING__HOST:
				setHost((Host)newValue);
				return;
			case RestripePackage.LUN_MAPPING__LUN_NUMBER:
				setLunNumber((Integer)newValue);
				return;
			case RestripePackage.LUN_MAPPING__PORT:
				setPort((Port)newValue);
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
			case RestripePackage.LUN_MAPPING__LUN:
				setLun((Lun)null);
				return;
			case RestripePackage.LUN_MAPPING__HOST:
				setHost((Host)null);
				return;
			case RestripePackage.LUN_MAPPING__LUN_NUMBER:
				setLunNumber(LUN_NUMBER_EDEFAULT);
				return;
			case RestripePackage.LUN_MAPPING__PORT:
				setPort((Port)null);
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
			case RestripePackage.LUN_MAPPING__LUN:
				return lun != null;
			case RestripePackage.LUN_MAPPING__HOST:
				return host != null;
			case RestripePackage.LUN_MAPPING__LUN_NUMBER:
				return lunNumber != LUN_NUMBER_EDEFAULT;
			case RestripePackage.LUN_MAPPING__PORT:
				return port != null;
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
		result.append(" (lunNumber: ");
		result.append(lunNumber);
		result.append(')');
		return result.toString();
	}

} //LunMappingImpl
