/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.restripe.model.Lan;
import org.restripe.model.ManagementHost;
import org.restripe.model.RestripePackage;
import org.restripe.model.SerialPort;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Management Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.ManagementHostImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.restripe.model.impl.ManagementHostImpl#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.impl.ManagementHostImpl#getSerialPorts <em>Serial Ports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManagementHostImpl extends DiagramElementImpl implements ManagementHost {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLans() <em>Lans</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLans()
	 * @generated
	 * @ordered
	 */
	protected EList<Lan> lans;

	/**
	 * The cached value of the '{@link #getSerialPorts() <em>Serial Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<SerialPort> serialPorts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagementHostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.MANAGEMENT_HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.MANAGEMENT_HOST__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lan> getLans() {
		if (lans == null) {
			lans = new EObjectResolvingEList<Lan>(Lan.class, this, RestripePackage.MANAGEMENT_HOST__LANS);
		}
		return lans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SerialPort> getSerialPorts() {
		if (serialPorts == null) {
			serialPorts = new EObjectContainmentEList<SerialPort>(SerialPort.class, this, RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS);
		}
		return serialPorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS:
				return ((InternalEList<?>)getSerialPorts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.MANAGEMENT_HOST__ADDRESS:
				return getAddress();
			case RestripePackage.MANAGEMENT_HOST__LANS:
				return getLans();
			case RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS:
				return getSerialPorts();
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
			case RestripePackage.MANAGEMENT_HOST__ADDRESS:
				setAddress((String)newValue);
				return;
			case RestripePackage.MANAGEMENT_HOST__LANS:
				getLans().clear();
				getLans().addAll((Collection<? extends Lan>)newValue);
				return;
			case RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS:
				getSerialPorts().clear();
				getSerialPorts().addAll((Collection<? extends SerialPort>)newValue);
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
			case RestripePackage.MANAGEMENT_HOST__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RestripePackage.MANAGEMENT_HOST__LANS:
				getLans().clear();
				return;
			case RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS:
				getSerialPorts().clear();
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
			case RestripePackage.MANAGEMENT_HOST__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RestripePackage.MANAGEMENT_HOST__LANS:
				return lans != null && !lans.isEmpty();
			case RestripePackage.MANAGEMENT_HOST__SERIAL_PORTS:
				return serialPorts != null && !serialPorts.isEmpty();
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
		result.append(" (address: ");
		result.append(address);
		result.append(')');
		return result.toString();
	}

} //ManagementHostImpl
